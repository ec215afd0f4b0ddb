namespace HccPerformance.Core.Questions;

/// <summary>What a question is put on. Stored by number, so numbers never change.</summary>
public enum QuestionSubject
{
    /// <summary>A section of an issued corporate performance report: the overview or one department's (seed 4.20).</summary>
    ReportSection = 1,

    /// <summary>A department's submitted self-assessment, by its Executive Member ("challenging Chief Officers", Appendix One).</summary>
    SelfAssessment = 2,
}
