using System.Globalization;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.ImprovementPlan;

/// <summary>
/// A change to a live plan's areas (add, reword or retire), proposed by the Head of Improvement with a reason and made only
/// when a CMT member records that CMT agreed it (seed 5.4: the plan is "owned by CMT"). A rejected proposal is kept with CMT's reason.
/// </summary>
public class AreaChangeProposal : AuditableEntity
{
    private AreaChangeProposal() { }

    internal AreaChangeProposal(ProposalKind kind, Guid? lineage, string? currentName, int? themeNumber, string? shortName, string? description,
        string reason, string proposedBy, DateTime proposedUtc, ProposedOrigin? origin = null)
    {
        Kind = kind;
        Lineage = lineage;
        CurrentName = currentName;
        ThemeNumber = themeNumber;
        ShortName = shortName?.Trim();
        Description = description?.Trim();
        Reason = reason.Trim();
        ProposedBy = proposedBy;
        ProposedUtc = proposedUtc;
        Status = ProposalStatus.Pending;
        OriginKind = origin?.Kind;
        OriginSourceId = origin?.SourceId;
        OriginTitle = origin?.Title;
        OriginReason = origin?.Reason;
    }

    public int PlanTermId { get; private set; }
    public ProposalKind Kind { get; private set; }

    /// <summary>The area reworded or retired (its lineage, so a refresh in between still finds it).</summary>
    public Guid? Lineage { get; private set; }

    /// <summary>The area's name when the change was proposed.</summary>
    public string? CurrentName { get; private set; }
    public int? ThemeNumber { get; private set; }
    public string? ShortName { get; private set; }
    public string? Description { get; private set; }
    public string Reason { get; private set; } = "";
    public string ProposedBy { get; private set; } = "";
    public DateTime ProposedUtc { get; private set; }
    public ProposalStatus Status { get; private set; }

    /// <summary>
    /// What a new area was proposed from (a red indicator, a benchmark, a recommendation, a concern or local importance), with the
    /// record's title as it stood then; the area keeps it as its origin when CMT agrees (issue 16, seed 5.1-5.2). Null for none.
    /// </summary>
    public AreaOriginKind? OriginKind { get; private set; }
    public int? OriginSourceId { get; private set; }
    public string? OriginTitle { get; private set; }
    public string? OriginReason { get; private set; }

    /// <summary>The origin the area gets when CMT agrees, or null when it was proposed from no record.</summary>
    public AreaOrigin? OriginFor(PriorityArea area, DateTime utc) => OriginKind is { } kind
        ? new AreaOrigin(area.Lineage, kind, OriginSourceId, OriginTitle ?? "", OriginReason, ProposedBy, utc)
        : null;

    /// <summary>The date of the CMT meeting that agreed or rejected it.</summary>
    public DateOnly? DecidedOn { get; private set; }
    public string? DecisionNote { get; private set; }
    public string? DecidedBy { get; private set; }

    public string Summary => Kind switch
    {
        ProposalKind.Add => $"Add \"{ShortName}\"",
        ProposalKind.Reword => $"Reword \"{CurrentName}\" as \"{ShortName}\"",
        _ => $"Retire \"{CurrentName}\"",
    };

    internal void Decide(bool agreed, DateOnly metOn, string? note, string by, DateOnly today)
    {
        if (Status != ProposalStatus.Pending)
        {
            throw new DomainException(string.Create(CultureInfo.GetCultureInfo("en-GB"),
                $"CMT has already {(Status == ProposalStatus.Agreed ? "agreed" : "rejected")} this change ({DecidedOn:d MMM yyyy})."));
        }

        if (metOn > today)
        {
            throw new DomainException("The CMT meeting cannot be in the future: record its decision after it meets", "MetOn");
        }

        if (!agreed && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("Say why CMT rejected the change: the reason is kept with the plan", "Note");
        }

        Status = agreed ? ProposalStatus.Agreed : ProposalStatus.Rejected;
        DecidedOn = metOn;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        DecidedBy = by;
    }
}
