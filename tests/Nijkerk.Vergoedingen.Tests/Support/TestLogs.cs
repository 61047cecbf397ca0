using Microsoft.Extensions.Logging;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>
/// What the test hosts log, and what the frameworks print, goes to one file under TestResults/ rather
/// than between the test results: a failure in the run's output is then easy to find, its context in
/// the file (<c>LEDGER_TEST_LOGS</c>, which ops/test sets).
/// </summary>
public static class TestLogs
{
    private static readonly Lazy<TextWriter> Writer = new(() =>
    {
        var folder = Environment.GetEnvironmentVariable("LEDGER_TEST_LOGS") ?? Path.Combine(AppContext.BaseDirectory, "TestResults", "logs");
        Directory.CreateDirectory(folder);
        var writer = TextWriter.Synchronized(new StreamWriter(Path.Combine(folder, "app.log"), append: true) { AutoFlush = true });
        Console.SetOut(writer);
        Console.SetError(writer);
        return writer;
    });

    public static TextWriter Start() => Writer.Value;

    public static void Configure(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddProvider(new FileLoggerProvider(Start()));
    }

    private sealed class FileLoggerProvider(TextWriter writer) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new FileLogger(writer, categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class FileLogger(TextWriter writer, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                writer.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel,-11} {category}: {formatter(state, exception)}{(exception is null ? "" : "\n" + exception)}");
            }
        }
    }
}
