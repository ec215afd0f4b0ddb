using FluentValidation;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Scrutiny;

/// <summary>A review as the committee describes it: new, or changed against the version the form was read with.</summary>
public sealed record ReviewInput : IVersionedInput
{
    public string Committee { get; set; } = "";
    public string Topic { get; set; } = "";
    public string Scope { get; set; } = "";

    /// <summary>"" (nothing in the site), "concern:12" or "report:5:Adult Services" (<see cref="Scrutiny.FollowsFrom.Key"/>).</summary>
    public string? FollowsFrom { get; set; }
    public string? Findings { get; set; }
    public Guid Version { get; set; }
}

public sealed class ReviewInputValidator : AbstractValidator<ReviewInput>
{
    public ReviewInputValidator()
    {
        RuleFor(x => x.Committee).NotEmpty().WithMessage("Enter the Select Committee's name")
            .MaximumLength(ScrutinyLimits.Committee).WithMessage($"Keep the committee's name to {ScrutinyLimits.Committee} characters or fewer");
        RuleFor(x => x.Topic).NotEmpty().WithMessage("Enter the review's topic")
            .MaximumLength(ScrutinyLimits.Topic).WithMessage($"Keep the topic to {ScrutinyLimits.Topic} characters or fewer");
        RuleFor(x => x.Scope).NotEmpty().WithMessage("Enter the scope: what the review will look at")
            .MaximumLength(ScrutinyLimits.Scope).WithMessage($"Keep the scope to {ScrutinyLimits.Scope} characters or fewer");
        RuleFor(x => x.FollowsFrom).Must(f => Scrutiny.FollowsFrom.Parse(f) is not null)
            .WithMessage("Choose what the review follows from in the list");
        RuleFor(x => x.Findings).MaximumLength(ScrutinyLimits.Findings)
            .WithMessage($"Keep the findings to {ScrutinyLimits.Findings} characters or fewer");
    }
}

/// <summary>Moving a review on to its next step, against the version the page was read with.</summary>
public sealed record MoveReviewInput : IVersionedInput
{
    public ScrutinyStatus? To { get; set; }
    public Guid Version { get; set; }
}

public sealed class MoveReviewInputValidator : AbstractValidator<MoveReviewInput>
{
    public MoveReviewInputValidator()
    {
        RuleFor(x => x.To).NotNull().IsInEnum().WithMessage("Choose the review's next step");
    }
}

/// <summary>A piece of evidence the review took.</summary>
public sealed record EvidenceInput
{
    public string What { get; set; } = "";
    public string From { get; set; } = "";
    public DateOnly? On { get; set; }
}

public sealed class EvidenceInputValidator : AbstractValidator<EvidenceInput>
{
    public EvidenceInputValidator()
    {
        RuleFor(x => x.What).NotEmpty().WithMessage("Say what the evidence is")
            .MaximumLength(ScrutinyLimits.EvidenceWhat).WithMessage($"Keep the evidence to {ScrutinyLimits.EvidenceWhat} characters or fewer");
        RuleFor(x => x.From).NotEmpty().WithMessage("Say whom the evidence came from")
            .MaximumLength(ScrutinyLimits.EvidenceFrom).WithMessage($"Keep who it came from to {ScrutinyLimits.EvidenceFrom} characters or fewer");
        RuleFor(x => x.On).NotNull().WithMessage("Enter the date of the evidence, like 30/06/2009");
    }
}

/// <summary>A recommendation to the Executive and the date its response is due.</summary>
public sealed record ScrutinyRecommendationInput
{
    public string Text { get; set; } = "";
    public ScrutinyAddressee? To { get; set; }
    public int? DepartmentId { get; set; }
    public DateOnly? DueOn { get; set; }
}

public sealed class ScrutinyRecommendationInputValidator : AbstractValidator<ScrutinyRecommendationInput>
{
    public ScrutinyRecommendationInputValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Enter the recommendation")
            .MaximumLength(ScrutinyLimits.Recommendation).WithMessage($"Keep the recommendation to {ScrutinyLimits.Recommendation} characters or fewer");
        RuleFor(x => x.To).NotNull().IsInEnum().WithMessage("Choose whom the recommendation is made to");
        RuleFor(x => x.DepartmentId).NotNull().When(x => x.To == ScrutinyAddressee.ExecutiveMember)
            .WithMessage("Choose the department whose Executive Member the recommendation is made to");
        RuleFor(x => x.DueOn).NotNull().WithMessage("Enter the date the response is due, like 31/03/2010");
    }
}

/// <summary>The Executive's response to a recommendation, recorded once.</summary>
public sealed record ResponseInput : IVersionedInput
{
    public ExecutiveResponse? Answer { get; set; }
    public string ResponseText { get; set; } = "";
    public DateOnly? ActionOn { get; set; }
    public Guid Version { get; set; }
}

public sealed class ResponseInputValidator : AbstractValidator<ResponseInput>
{
    public ResponseInputValidator()
    {
        RuleFor(x => x.Answer).NotNull().IsInEnum().WithMessage("Choose accepted, partly accepted or rejected");
        RuleFor(x => x.ResponseText).NotEmpty().WithMessage("Give the Executive's response in words")
            .MaximumLength(ScrutinyLimits.Response).WithMessage($"Keep the response to {ScrutinyLimits.Response} characters or fewer");
        RuleFor(x => x.ActionOn).NotNull().When(x => x.Answer is ExecutiveResponse.Accepted or ExecutiveResponse.PartlyAccepted)
            .WithMessage("Give the date by which the action will be taken");
    }
}

/// <summary>Progress on the action the Executive agreed.</summary>
public sealed record ScrutinyProgressInput
{
    public string Text { get; set; } = "";
}

public sealed class ScrutinyProgressInputValidator : AbstractValidator<ScrutinyProgressInput>
{
    public ScrutinyProgressInputValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Say what has been done")
            .MaximumLength(ScrutinyLimits.Progress).WithMessage($"Keep the update to {ScrutinyLimits.Progress} characters or fewer");
    }
}
