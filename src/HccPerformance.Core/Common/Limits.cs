namespace HccPerformance.Core.Common;

/// <summary>Lengths shared by the database configuration and the validators, so they never disagree.</summary>
public static class Limits
{
    public const int DepartmentCode = 10;
    public const int DepartmentName = 100;
    public const int PersonName = 100;
    public const int Email = 256;
    public const int UserName = 64;
    public const int PasswordMinimum = 12;
    public const int PasswordMaximum = 256;

    /// <summary>
    /// The whole self-assessment, all sections together: one side of A4 in the printed report (seed 4.17, Appendix One)
    /// at the report's body size, with its headings.
    /// </summary>
    public const int SelfAssessmentWords = 500;
    public const int AssessmentSectionText = 4000;
    public const int AssessmentItemText = 1000;
    public const int AssessmentItemsPerSection = 12;
    public const int ReviewComment = 2000;
}
