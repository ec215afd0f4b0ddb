namespace HccPerformance.Core.SelfAssessments;

/// <summary>A self-assessment item that is about something (a plan area, an indicator), as that thing's page lists it.</summary>
public sealed record LinkedItem(int DepartmentId, string Department, int PeriodId, string Period, string Section, string Text);
