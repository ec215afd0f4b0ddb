namespace HccPerformance.Core.Common;

/// <summary>Who is acting. The Web project reads it from the request; start-up work acts as the system.</summary>
public interface ICurrentUser
{
    string? UserId { get; }
    string UserName { get; }
}

public sealed class SystemUser : ICurrentUser
{
    public string? UserId => null;
    public string UserName => "system";
}
