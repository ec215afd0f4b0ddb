using Microsoft.Extensions.Logging;

namespace HccPerformance.BrowserTests.Infrastructure;

/// <summary>
/// Keeps the site's error log entries (with their exceptions) in memory, so a test that meets
/// "Sorry, something went wrong" can say what went wrong on the server.
/// </summary>
public sealed class ServerErrorLog : ILoggerProvider
{
    private readonly List<string> entries = [];

    public IReadOnlyList<string> Entries
    {
        get
        {
            lock (entries)
            {
                return [.. entries];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(string entry)
    {
        lock (entries)
        {
            entries.Add(entry);
        }
    }

    private sealed class Logger(ServerErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var text = $"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}";
            if (exception is not null)
            {
                // The exception and where it was thrown; the framework's frames further down add little.
                var frames = (exception.StackTrace ?? "").Split('\n').Select(f => f.TrimEnd()).Where(f => f.Length > 0).Take(3);
                text += $"{Environment.NewLine}{exception.GetType()}: {exception.Message}{Environment.NewLine}{string.Join(Environment.NewLine, frames)}";
            }

            log.Add(text);
        }
    }
}
