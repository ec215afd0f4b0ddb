using HccPerformance.Core.Questions;

namespace HccPerformance.Web.Models.Questions;

/// <summary>The ask page: a question or challenge on one section of a report, or on a self-assessment.</summary>
public sealed class AskPageViewModel
{
    /// <summary>What it is put on, in words ("the Adult Services section of the corporate performance report").</summary>
    public required string Where { get; init; }

    /// <summary>The page it is put on, to go back to.</summary>
    public required string BackLink { get; init; }

    /// <summary>Who will answer, in words.</summary>
    public required string Answerer { get; init; }

    /// <summary>The form's action: the report's or the self-assessment's ask address.</summary>
    public required string Action { get; init; }

    public AskInput Input { get; set; } = new();
}

/// <summary>A question's page: the question and its answer, and for its answerer the answer form.</summary>
public sealed class QuestionPageViewModel
{
    public required QuestionView Question { get; init; }
    public required bool MayAnswer { get; init; }
    public required DateTime NowUtc { get; init; }
    public AnswerInput Input { get; set; } = new();
}

/// <summary>The questions beside one section, for the section's view component.</summary>
public sealed class SectionQuestionsViewModel
{
    public required IReadOnlyList<QuestionView> Questions { get; init; }
    public required bool MayAsk { get; init; }

    /// <summary>Where the ask form posts.</summary>
    public required string Action { get; init; }

    /// <summary>The department section's place in the report; null for the overview and a self-assessment.</summary>
    public int? Section { get; init; }

    /// <summary>Makes the form's ids unique on a page with a form per section.</summary>
    public required string Key { get; init; }

    public required string Heading { get; init; }

    /// <summary>The heading's level under the section it sits in (2 on a self-assessment's page, 3 in the overview, 4 in a department's section).</summary>
    public required int HeadingLevel { get; init; }

    /// <summary>What the form puts it on, in words ("the Adult Services section").</summary>
    public required string Where { get; init; }

    /// <summary>Who answers, in words ("The Chief Officer of Adult Services").</summary>
    public required string Answerer { get; init; }

    public required DateTime NowUtc { get; init; }
}

/// <summary>A home page's questions: those waiting for this person's answer, and those they asked.</summary>
public sealed class YourQuestionsViewModel
{
    public required YourQuestions Questions { get; init; }
    public required DateTime NowUtc { get; init; }
}
