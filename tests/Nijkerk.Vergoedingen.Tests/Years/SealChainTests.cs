using Nijkerk.Vergoedingen.Years;

namespace Nijkerk.Vergoedingen.Tests.Years;

public class SealChainTests
{
    private static StoredEvent Event(long sequence, string data) =>
        new(sequence, "3f1c…", "quota-year/houd-me-vast/2026", sequence, "slot_reserved", new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), data);

    [Fact]
    public void The_canonical_form_does_not_depend_on_key_order_or_whitespace()
    {
        Assert.Equal(
            SealChain.Canonical(Event(1, """{"b": 1, "a": {"y": "x", "x": [1, 2]}}""")),
            SealChain.Canonical(Event(1, """{"a":{"x":[1,2],"y":"x"},"b":1}""")));
    }

    /// <summary>
    /// Seals already written hold hashes of this exact form: escaping, number text and member order may
    /// never change, however the canonical form is computed.
    /// </summary>
    [Fact]
    public void The_canonical_form_and_its_hash_stay_the_ones_seals_were_made_with()
    {
        var stored = new StoredEvent(42, "01900000-0000-7000-8000-000000000001", "quota-year/houd-me-vast/2026", 7, "slot_reserved",
            new DateTimeOffset(2026, 3, 2, 9, 0, 0, 123, TimeSpan.Zero).AddTicks(4560),
            """{"by": "bob", "at": "2026-03-02T09:00:00Z", "reason": "Past <binnen> & 'beleid' + \"quotes\" é ü € 😀 \n tab\t", "amount": 1250.00, "list": [3, {"z": null, "a": true}, "x"], "neg": -0.5, "big": 12345678901234567890, "empty": {}, "nested": {"b": [], "a": false}}""");

        Assert.Equal(
            """{"data":{"amount":1250.00,"at":"2026-03-02T09:00:00Z","big":12345678901234567890,"by":"bob","empty":{},"list":[3,{"a":true,"z":null},"x"],"neg":-0.5,"nested":{"a":false,"b":[]},"reason":"Past \u003Cbinnen\u003E \u0026 \u0027beleid\u0027 \u002B \u0022quotes\u0022 \u00E9 \u00FC \u20AC \uD83D\uDE00 \n tab\t"},"id":"01900000-0000-7000-8000-000000000001","sequence":42,"stream":"quota-year/houd-me-vast/2026","timestamp":"2026-03-02T09:00:00.123456Z","type":"slot_reserved","version":7}""",
            SealChain.Canonical(stored));
        Assert.Equal("2278aa57e6f6495cf08145e67d04cac88a8ff65320e65e95aa9ae8de8a721ee4", SealChain.Next("abc", stored));
    }

    [Fact]
    public void Each_link_depends_on_everything_before_it()
    {
        var events = new[] { Event(1, """{"amount":600.00}"""), Event(2, """{"amount":75.50}""") };

        var links = SealChain.Links(null, events);
        var changedFirst = SealChain.Links(null, [Event(1, """{"amount":600.01}"""), events[1]]);
        var otherPrevious = SealChain.Links("abc", events);

        Assert.NotEqual(links[0].Hash, changedFirst[0].Hash);
        Assert.NotEqual(links[1].Hash, changedFirst[1].Hash);
        Assert.NotEqual(links[1].Hash, otherPrevious[1].Hash);
        Assert.Equal(links, SealChain.Links(null, events));
    }

    [Fact]
    public void The_first_difference_is_the_changed_or_removed_event()
    {
        var events = new[] { Event(1, "{}"), Event(2, """{"a":1}"""), Event(3, """{"a":2}""") };
        var sealedLinks = SealChain.Links(null, events);

        var changed = YearVerifier.FirstDifference(SealChain.Links(null, [events[0], Event(2, """{"a":9}"""), events[2]]), sealedLinks, events);
        var removed = YearVerifier.FirstDifference(SealChain.Links(null, [events[0], events[2]]), sealedLinks, [events[0], events[2]]);

        Assert.Equal(2, changed?.Sequence);
        Assert.Equal((2L, "(removed)"), (removed!.Sequence, removed.Type));
        Assert.Null(YearVerifier.FirstDifference(sealedLinks, sealedLinks, events));
    }
}
