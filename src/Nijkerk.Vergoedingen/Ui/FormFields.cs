using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Nijkerk.Vergoedingen.Ui;

/// <summary>
/// The NL Design System's form field around one control: its label, its description and its error message
/// (<c>utrecht-form-field</c>), written as <c>&lt;form-field for="x" label="…" description="…" error="…"&gt;</c>
/// around the <c>input</c>, <c>select</c> or <c>textarea</c>, which <see cref="FormControlTagHelper"/> then ties
/// to the label, the description and the error, so a screen reader reads them with the control.
/// </summary>
[HtmlTargetElement("form-field", Attributes = "for,label")]
public sealed class FormFieldTagHelper : TagHelper
{
    public string For { get; set; } = "";

    public string Label { get; set; } = "";

    public string? Description { get; set; }

    public string? Error { get; set; }

    /// <summary>A checkbox: its label after the box, as the design system lays it out.</summary>
    public bool Checkbox { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var field = new FormFieldContext(For, Description is { Length: > 0 } ? $"{For}-uitleg" : null, Error is { Length: > 0 } ? $"{For}-fout" : null, Checkbox);
        context.Items[typeof(FormFieldContext)] = field;
        var control = (await output.GetChildContentAsync()).GetContent();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class",
            $"utrecht-form-field utrecht-form-field--{(Checkbox ? "checkbox" : "text")} utrecht-form-field--distanced{(field.ErrorId is null ? "" : " utrecht-form-field--invalid")}");
        var label = Checkbox
            ? $"<div class=\"utrecht-form-field__label utrecht-form-field__label--checkbox\"><label class=\"utrecht-form-label utrecht-form-label--checkbox\" for=\"{Encode(For)}\">{Encode(Label)}</label></div>"
            : $"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"{Encode(For)}\">{Encode(Label)}</label></div>";
        var description = field.DescriptionId is { } d
            ? $"<div class=\"utrecht-form-field__description utrecht-form-field-description\" id=\"{d}\">{Encode(Description!)}</div>"
            : "";
        var error = field.ErrorId is { } e
            ? $"<div class=\"utrecht-form-field__error-message utrecht-form-field-error-message\" id=\"{e}\">{Encode(Error!)}</div>"
            : "";
        var input = $"<div class=\"utrecht-form-field__input\">{control}</div>";
        output.Content.SetHtmlContent(Checkbox ? input + label + description + error : label + description + error + input);
    }

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);
}

internal sealed record FormFieldContext(string Id, string? DescriptionId, string? ErrorId, bool Checkbox);

/// <summary>The control inside a <see cref="FormFieldTagHelper"/>: the design system's class, its id, and what describes it.</summary>
[HtmlTargetElement("input", ParentTag = "form-field")]
[HtmlTargetElement("select", ParentTag = "form-field")]
[HtmlTargetElement("textarea", ParentTag = "form-field")]
public sealed class FormControlTagHelper : TagHelper
{
    // After the framework's own input tag helpers, which may set the id and value.
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!context.Items.TryGetValue(typeof(FormFieldContext), out var item) || item is not FormFieldContext field)
        {
            return;
        }
        var invalid = field.ErrorId is not null;
        var type = output.Attributes.TryGetAttribute("type", out var t) ? t.Value?.ToString() : null;
        if (output.TagName == "input" && type is null)
        {
            // Said outright, as checkers of a field's autocomplete purpose (WCAG 1.3.5) read the attribute, not the default.
            output.Attributes.SetAttribute("type", "text");
        }
        var css = output.TagName switch
        {
            "select" => $"utrecht-select utrecht-select--html-select{(invalid ? " utrecht-select--invalid" : "")}",
            "textarea" => $"utrecht-textarea utrecht-textarea--html-textarea{(invalid ? " utrecht-textarea--invalid" : "")}",
            _ when type == "checkbox" => "utrecht-checkbox utrecht-checkbox--html-input",
            _ => $"utrecht-textbox utrecht-textbox--html-input{(invalid ? " utrecht-textbox--invalid" : "")}",
        };
        var existing = output.Attributes.TryGetAttribute("class", out var c) ? $" {c.Value}" : "";
        output.Attributes.SetAttribute("class", css + existing);
        if (!output.Attributes.ContainsName("id"))
        {
            output.Attributes.SetAttribute("id", field.Id);
        }
        var describedBy = string.Join(' ', new[] { field.DescriptionId, field.ErrorId }.OfType<string>());
        if (describedBy.Length > 0)
        {
            output.Attributes.SetAttribute("aria-describedby", describedBy);
        }
        if (invalid)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
        }
    }
}
