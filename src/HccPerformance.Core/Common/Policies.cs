namespace HccPerformance.Core.Common;

/// <summary>Authorisation policy names; the Web project defines what each requires.</summary>
public static class Policies
{
    /// <summary>Administrator who signed in with a second factor.</summary>
    public const string Administration = nameof(Administration);

    /// <summary>Reads the audit trail: Administrators and the Head of Improvement.</summary>
    public const string ReadAuditTrail = nameof(ReadAuditTrail);

    /// <summary>Officers and Executive Members (<see cref="Roles.Officers"/>): not the Leader, Cabinet or Select Committee members.</summary>
    public const string OfficerAccess = nameof(OfficerAccess);

    /// <summary>Collates the self-assessments and issues the corporate performance report: the Head of Improvement.</summary>
    public const string Collate = nameof(Collate);

    /// <summary>Reads the Corporate Dashboard: everyone signed in.</summary>
    public const string ReadDashboard = nameof(ReadDashboard);

    /// <summary>
    /// Reads CPEG's report to CMT: CPEG, CMT (the Chief Executive and Chief Officers) and the Head of Improvement.
    /// </summary>
    public const string ReadCpegReport = nameof(ReadCpegReport);
}
