using Microsoft.AspNetCore.Components;

namespace CoSo.Web.Components.Chronic;

/// <summary>SVG &lt;text&gt; from code: Razor reserves the text tag inside code blocks.</summary>
internal static class ChronicSvg
{
    public static RenderFragment Text(string x, string y, string content, string fill, string? anchor = null) => builder =>
    {
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "x", x);
        builder.AddAttribute(2, "y", y);
        builder.AddAttribute(3, "font-size", "11");
        builder.AddAttribute(4, "fill", fill);
        if (anchor is not null)
        {
            builder.AddAttribute(5, "text-anchor", anchor);
        }

        builder.AddContent(6, content);
        builder.CloseElement();
    };
}
