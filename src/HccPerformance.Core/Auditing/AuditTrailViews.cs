namespace HccPerformance.Core.Auditing;

public sealed record AuditChange(string Property, string? Old, string? New);

public sealed record AuditRow(long Id, DateTime OccurredUtc, string UserName, string EntityType, string EntityKey,
    string Action, IReadOnlyList<AuditChange> Changes);

public sealed record AuditQuery(string? EntityType = null, string? UserName = null, DateOnly? From = null, DateOnly? To = null, int Page = 1);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Page, int PageCount, int Total, IReadOnlyList<string> EntityTypes);
