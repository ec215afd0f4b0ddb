using System.Globalization;
using System.Net;
using System.Text;
using HccPerformance.Core.Site;

namespace HccPerformance.Core.Notifications;

/// <summary>
/// The words of an email, as plain text and HTML: one message as it happens, or a person's daily summary listing each.
/// Both bodies carry the link to each page, the council's name, where to change how one is told, and the demo banner's
/// words while the site holds demo data. No protective marking: nothing in a notification is more than its one line.
/// </summary>
public static class EmailComposer
{
    private const int SubjectLength = 120;
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static ComposedEmail One(OutboxMessage message, EmailContext context) =>
        new(Subject(message.Text), Text([message], context, summary: false), Html([message], context, summary: false));

    /// <summary>One email for the person's messages due, oldest first.</summary>
    public static ComposedEmail Summary(IReadOnlyCollection<OutboxMessage> messages, EmailContext context)
    {
        var ordered = messages.OrderBy(m => m.CreatedUtc).ThenBy(m => m.Id).ToList();
        var subject = ordered.Count == 1
            ? $"Your daily summary: {Subject(ordered[0].Text)}"
            : $"Your daily summary: {ordered.Count} things need you";
        return new(subject, Text(ordered, context, summary: true), Html(ordered, context, summary: true));
    }

    /// <summary>Daily messages grouped into one summary a person (by their address), oldest message first.</summary>
    public static IEnumerable<IReadOnlyList<OutboxMessage>> Summaries(IEnumerable<OutboxMessage> daily) =>
        daily.GroupBy(m => (m.UserId, Address: m.ToAddress.ToUpperInvariant()))
            .Select(g => (IReadOnlyList<OutboxMessage>)[.. g.OrderBy(m => m.CreatedUtc).ThenBy(m => m.Id)])
            .OrderBy(g => g[0].CreatedUtc);

    private static string Subject(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= SubjectLength ? line : line[..(SubjectLength - 1)].TrimEnd() + "…";
    }

    private static string When(DateTime utc) => utc.ToString("d MMM yyyy", EnGb);

    private static string Text(IReadOnlyList<OutboxMessage> messages, EmailContext context, bool summary)
    {
        var text = new StringBuilder();
        if (context.Demo)
        {
            text.Append(DemoWords.Banner).Append("\n\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"Dear {messages[0].ToName},\n\n");
        text.Append(summary
            ? $"This is your daily summary from the {context.CouncilName} performance site: {Count(messages.Count)}.\n\n"
            : "");
        foreach (var message in messages)
        {
            text.Append(summary ? $"* {When(message.CreatedUtc)}: {message.Text}\n" : $"{message.Text}\n");
            if (message.Link is { } link)
            {
                text.Append(summary ? $"  {link}\n" : $"\nOpen it in the site: {link}\n");
            }

            text.Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"--\n{context.CouncilName}: Performance Management Framework\n");
        text.Append(CultureInfo.InvariantCulture, $"You are told by email {(summary ? "once a day" : "as things happen")}. Change how you are told: {SiteLinks.Preferences(context.BaseUrl)}\n");
        return text.ToString();
    }

    private static string Html(IReadOnlyList<OutboxMessage> messages, EmailContext context, bool summary)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>");
        html.Append(E(summary ? "Your daily summary" : Subject(messages[0].Text))).Append("</title></head><body>\n");
        if (context.Demo)
        {
            html.Append("<p><strong>").Append(E(DemoWords.Banner)).Append("</strong></p>\n");
        }

        html.Append("<p>Dear ").Append(E(messages[0].ToName)).Append(",</p>\n");
        if (summary)
        {
            html.Append("<p>This is your daily summary from the ").Append(E(context.CouncilName)).Append(" performance site: ")
                .Append(E(Count(messages.Count))).Append(".</p>\n<ul>\n");
            foreach (var message in messages)
            {
                html.Append("<li>").Append(E(When(message.CreatedUtc))).Append(": ").Append(E(message.Text));
                if (message.Link is { } link)
                {
                    html.Append(" <a href=\"").Append(E(link)).Append("\">Open it in the site</a>");
                }

                html.Append("</li>\n");
            }

            html.Append("</ul>\n");
        }
        else
        {
            var message = messages[0];
            html.Append("<p>").Append(E(message.Text)).Append("</p>\n");
            if (message.Link is { } link)
            {
                html.Append("<p><a href=\"").Append(E(link)).Append("\">Open it in the site</a></p>\n");
            }
        }

        html.Append("<hr>\n<p>").Append(E(context.CouncilName)).Append(": Performance Management Framework.<br>\nYou are told by email ")
            .Append(summary ? "once a day" : "as things happen").Append(". <a href=\"").Append(E(SiteLinks.Preferences(context.BaseUrl)))
            .Append("\">Change how you are told</a></p>\n</body></html>\n");
        return html.ToString();
    }

    private static string Count(int count) => count == 1 ? "1 thing needs you" : $"{count} things need you";
}
