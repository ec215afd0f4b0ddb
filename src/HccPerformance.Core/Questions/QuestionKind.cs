namespace HccPerformance.Core.Questions;

/// <summary>
/// What a member puts to an officer (Appendix One): a question asks for information; a challenge questions whether
/// performance or ambition is good enough. Stored by number, so numbers never change.
/// </summary>
public enum QuestionKind
{
    Question = 1,
    Challenge = 2,
}
