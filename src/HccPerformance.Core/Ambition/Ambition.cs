using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Ambition;

/// <summary>
/// The position aimed for on one indicator or plan area (seed 3.4: "the Leader and Cabinet will set the overall ambition for
/// the Council"; Appendix One: Executive Members set "ambition in areas of best practice"), in words, optionally with a level:
/// a quartile of the benchmarking club or a stretch figure in the indicator's unit. A new ambition for the same thing
/// supersedes this one, which stays as history: rows are never changed, so the newest is the current ambition.
/// </summary>
public class Ambition : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private Ambition() { }

    public Ambition(AmbitionSubject subject, int subjectId, AmbitionKind kind, string position, Quartile? quartile, decimal? figure,
        int forYear, DateOnly setOn, string setById, string setByName, DateTime setUtc)
    {
        if (string.IsNullOrWhiteSpace(position))
        {
            throw new DomainException("Say the position aimed for, like top quartile of the benchmarking club", nameof(Position));
        }

        if (quartile is not null && figure is not null)
        {
            throw new DomainException("Give a quartile or a figure, not both", nameof(Figure));
        }

        if (subject == AmbitionSubject.PlanArea && (quartile is not null || figure is not null))
        {
            // A plan area has no benchmarking club and no one unit: its ambition is said in words.
            throw new DomainException("A plan area's ambition is said in words: leave the quartile and the figure empty", nameof(Quartile));
        }

        Subject = subject;
        SubjectId = subjectId;
        Kind = kind;
        Position = position.Trim();
        Quartile = quartile;
        Figure = figure;
        ForYear = forYear;
        SetOn = setOn;
        SetById = setById;
        SetByName = setByName;
        SetUtc = setUtc;
    }

    public AmbitionSubject Subject { get; private set; }
    public int SubjectId { get; private set; }
    public AmbitionKind Kind { get; private set; }
    public string Position { get; private set; } = "";
    public Quartile? Quartile { get; private set; }
    public decimal? Figure { get; private set; }

    /// <summary>The financial year the position is to be reached by (its start year: 2010 is 2010/11).</summary>
    public int ForYear { get; private set; }
    public DateOnly SetOn { get; private set; }
    public string SetById { get; private set; } = "";
    public string SetByName { get; private set; } = "";

    /// <summary>When it was set, to the second: the newest is the current ambition, even of two set the same day.</summary>
    public DateTime SetUtc { get; private set; }
}
