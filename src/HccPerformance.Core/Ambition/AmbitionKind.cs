namespace HccPerformance.Core.Ambition;

/// <summary>
/// Whose ambition it is (Appendix One): the council's, set by the Leader and Cabinet ("setting the overall level of
/// ambition"), or an Executive Member's for their portfolio ("setting ambition in areas of best practice and innovation").
/// </summary>
public enum AmbitionKind
{
    Council = 1,
    BestPractice = 2,
}
