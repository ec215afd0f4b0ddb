namespace HccPerformance.Core.Inspections;

/// <summary>Inspections and the follow-up of their recommendations (issue 6). Being written.</summary>
public sealed class InspectionRegister
{
}
