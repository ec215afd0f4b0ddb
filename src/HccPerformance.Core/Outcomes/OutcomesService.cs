namespace HccPerformance.Core.Outcomes;

/// <summary>Community outcome case studies and the Aalborg scores (issue 6). Being written.</summary>
public sealed class OutcomesService
{
}
