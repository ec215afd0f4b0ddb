namespace HccPerformance.Web.Models.Navigation;

/// <summary>
/// One item of the main menu: a link, or a group of links (<see cref="Links"/>) shown as a disclosure. A group's
/// <see cref="Href"/> is its page of links (<c>/menu/registers</c>), which is what the menu offers without JavaScript.
/// </summary>
public sealed record MenuEntry(string Key, string Text, string Href, IReadOnlyList<MenuEntry> Links)
{
    public bool IsGroup => Links.Count > 0;

    public static MenuEntry Link(string text, string href) => new("", text, href, []);
}
