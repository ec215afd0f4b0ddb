namespace HccPerformance.Core.Inspections;

/// <summary>
/// One row of the strategic picture (seed 4.14: strategic inspections, intelligence from inspectorates; issue 18): a strategic
/// inspection, an inspection expected or a piece of intelligence, in one shape so the three read as one SQL command. Each text
/// has its own column (null where the kind has none), because SQL Server refuses to union columns of different lengths.
/// </summary>
/// <param name="From">The inspecting body, the inspectorate expected, or where the intelligence came from.</param>
/// <param name="Service">The service inspected or to be inspected.</param>
/// <param name="Judgement">A strategic inspection's judgement or rating as the inspectorate words it.</param>
/// <param name="Scope">What an expected inspection will cover.</param>
/// <param name="Summary">What the intelligence says.</param>
/// <param name="On">When the inspection reported, the first day of the month one is expected in, or the date of the intelligence.</param>
public sealed record StrategicItem(
    StrategicItemKind Kind, int Id, string From, string? Service, string? Judgement, string? Scope, string? Summary, DateOnly On, int? DepartmentId, bool IsDemo);
