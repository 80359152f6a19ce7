using Microsoft.Extensions.Logging;

namespace ThiDuaBot.TestSupport.Hosting;

/// <summary>
/// Keeps the exception the generic host logs when it fails to start. WebApplicationFactory runs the bot's
/// <c>Program</c> on its own thread; when the host refuses to start, the factory sometimes reaches the already
/// disposed service provider first and throws <see cref="ObjectDisposedException"/>, hiding the real reason.
/// The host logs that reason before it disposes anything, so it can be taken from here.
/// </summary>
internal sealed class StartupFailureCapture : ILoggerProvider
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";
    private Exception? _failure;

    public Exception? Failure => Volatile.Read(ref _failure);

    public ILogger CreateLogger(string categoryName) => categoryName == HostCategory ? new HostLogger(this) : NullLoggerInstance;

    public void Dispose()
    {
    }

    private static readonly ILogger NullLoggerInstance = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    private sealed class HostLogger(StartupFailureCapture owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error && exception is not null)
            {
                Interlocked.CompareExchange(ref owner._failure, exception, null);
            }
        }
    }
}
