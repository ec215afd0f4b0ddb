using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// One form field in the house pattern: label, optional hint, the input, and its error message beside it,
/// tied together with aria-describedby and aria-invalid. What the person typed comes back from ModelState after a failed post.
/// <code>&lt;field for="Input.Name" label="Name" hint="As people know it" /&gt;</code>
/// </summary>
[HtmlTargetElement("field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = default!;

    public string Label { get; set; } = "";
    public string? Hint { get; set; }

    /// <summary>text, password, email, date, number or textarea.</summary>
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }

    /// <summary>Extra classes for the input, e.g. a width.</summary>
    public string? InputClass { get; set; }
    public string? Inputmode { get; set; }

    /// <summary>Height of a textarea.</summary>
    public int Rows { get; set; } = 4;

    /// <summary>Extra data- attributes scripts use (e.g. word counting), as "name=value".</summary>
    public string? Data { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var hasError = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0;
        var describedBy = string.Join(" ", new[] { Hint is null ? null : $"{id}-hint", hasError ? $"{id}-error" : null }.Where(x => x is not null));

        var attributes = new Dictionary<string, object>
        {
            ["class"] = $"form-control {InputClass}".Trim(),
            ["type"] = Type,
        };
        if (describedBy.Length > 0)
        {
            attributes["aria-describedby"] = describedBy;
        }

        if (hasError)
        {
            attributes["aria-invalid"] = "true";
        }

        if (Autocomplete is not null)
        {
            attributes["autocomplete"] = Autocomplete;
        }

        if (Inputmode is not null)
        {
            attributes["inputmode"] = Inputmode;
        }

        if (Data is { } data && data.Split('=', 2) is [var key, var value])
        {
            attributes["data-" + key] = value;
        }

        TagBuilder input;
        if (Type == "textarea")
        {
            attributes.Remove("type");
            input = generator.GenerateTextArea(ViewContext, For.ModelExplorer, name, Rows, columns: 0, attributes);
        }
        else
        {
            input = Type == "password"
                ? generator.GeneratePassword(ViewContext, For.ModelExplorer, name, value: null, htmlAttributes: attributes)
                : generator.GenerateTextBox(ViewContext, For.ModelExplorer, name, For.Model, Type == "date" ? "{0:yyyy-MM-dd}" : null, attributes);
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "mb-3");
        var content = new HtmlContentBuilder();
        content.AppendHtml(generator.GenerateLabel(ViewContext, For.ModelExplorer, name, Label, new { @class = "form-label fw-semibold" }));
        if (Hint is not null)
        {
            content.AppendHtml($"<div id=\"{id}-hint\" class=\"form-text mt-0 mb-1\">");
            content.Append(Hint);
            content.AppendHtml("</div>");
        }

        if (hasError)
        {
            content.AppendHtml(generator.GenerateValidationMessage(ViewContext, For.ModelExplorer, name, null, "span",
                new { @class = "field-validation-error", id = $"{id}-error" }));
        }

        content.AppendHtml(input);
        output.Content.SetHtmlContent(content);
    }
}
