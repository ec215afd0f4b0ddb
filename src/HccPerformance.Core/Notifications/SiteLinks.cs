namespace HccPerformance.Core.Notifications;

/// <summary>Links in emails are read outside the site, so each is made absolute under <c>Site:BaseUrl</c>.</summary>
public static class SiteLinks
{
    public static string? Absolute(string baseUrl, string? link)
    {
        if (string.IsNullOrEmpty(link) || Uri.TryCreate(link, UriKind.Absolute, out _) && !link.StartsWith('/'))
        {
            return link;
        }

        return baseUrl.TrimEnd('/') + "/" + link.TrimStart('/');
    }

    public static string Preferences(string baseUrl) => Absolute(baseUrl, "/account/email")!;
}
