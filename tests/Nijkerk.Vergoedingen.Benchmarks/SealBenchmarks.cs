using BenchmarkDotNet.Attributes;
using Nijkerk.Vergoedingen.Years;

namespace Nijkerk.Vergoedingen.Benchmarks;

/// <summary>One link of a seal: the canonical form of a stored event and its chained SHA-256, per event of a year.</summary>
[MemoryDiagnoser]
public class SealBenchmarks
{
    private static readonly StoredEvent Event = new(
        1234, "01900000-0000-7000-8000-000000000001", "budget-year/bijzondere-bijstand/2026", 42, "funds_committed",
        new DateTimeOffset(2026, 6, 15, 10, 0, 0, TimeSpan.Zero),
        """{"at": "2026-06-15T10:00:00Z", "by": "bob", "role": "financial-officer", "year": 2026, "amount": 1250.00, "scheme": "bijzondere-bijstand", "referralId": "01900000-0000-7000-8000-000000000002"}""");

    [Benchmark]
    public string SealLink() => SealChain.Next("3f1e0c7a9b2d4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f", Event);
}
