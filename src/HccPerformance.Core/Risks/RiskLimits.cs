namespace HccPerformance.Core.Risks;

/// <summary>Lengths of the register's fields, as RegisterConfiguration sets them.</summary>
public static class RiskLimits
{
    public const int Reference = 20;
    public const int Title = 300;
    public const int Description = 2000;
    public const int Owner = 200;
    public const int Controls = 2000;
    public const int Note = 1000;
    public const int ClosedReason = 1000;
    public const int RaisedBy = 256;
    public const int Outcome = 1000;
}
