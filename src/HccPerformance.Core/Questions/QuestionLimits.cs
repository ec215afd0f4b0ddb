namespace HccPerformance.Core.Questions;

/// <summary>The lengths the database keeps for questions and answers (see QuestionConfiguration), shared with the validators.</summary>
public static class QuestionLimits
{
    public const int Text = 2000;
    public const int Answer = 4000;
    public const int SectionTitle = 200;
    public const int Name = 256;
}
