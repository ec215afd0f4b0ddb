namespace HccPerformance.Core.Organisation;

public sealed record GroupMappingRow(int Id, string GroupValue, string Role, string? Department, DateTime AddedUtc, string AddedBy);

public sealed record CouncilSignInRefusalRow(DateTime OccurredUtc, string? Name, string? Subject, string Reason);
