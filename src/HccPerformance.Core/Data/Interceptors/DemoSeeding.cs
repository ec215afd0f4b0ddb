namespace HccPerformance.Core.Data.Interceptors;

/// <summary>
/// The span in which the Development seed writes the demo council. While it is open, <see cref="DemoRecordInterceptor"/>
/// marks what is saved as demo, so the seed files need not mark each record (and a record someone adds through the
/// site later is never demo). Held per async flow, so a test host seeding its own database marks only its own writes.
/// </summary>
public static class DemoSeeding
{
    private static readonly AsyncLocal<bool> Open = new();

    public static bool IsOpen => Open.Value;

    public static IDisposable Begin()
    {
        var previous = Open.Value;
        Open.Value = true;
        return new Scope(previous);
    }

    private sealed class Scope(bool previous) : IDisposable
    {
        public void Dispose() => Open.Value = previous;
    }
}
