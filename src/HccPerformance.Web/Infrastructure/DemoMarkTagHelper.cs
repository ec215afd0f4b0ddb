using Microsoft.AspNetCore.Razor.TagHelpers;

namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// The mark a demo record keeps wherever it is listed (issue 17): a visible "Demo" beside its title or figure, so an
/// invented figure never sits unmarked next to a real title. Renders nothing for a real record.
/// <code>&lt;demo-mark when="row.IsDemo" /&gt;</code>
/// </summary>
[HtmlTargetElement("demo-mark", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DemoMarkTagHelper : TagHelper
{
    public const string Text = "Demo";

    public bool When { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!When)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "demo-mark badge text-bg-warning");
        output.Attributes.SetAttribute("title", "Demo data: invented for the demo, not a real figure");
        // A space before the word keeps it apart from the title for screen readers and copied text.
        output.PreElement.SetHtmlContent(" ");
        output.Content.SetContent(Text);
    }
}
