using System.Globalization;

namespace CoSo.Web.Components.Shared;

/// <summary>
/// Numbers written into SVG (and CSS) attributes: always the invariant culture. Razor's <c>@value</c> uses the UI
/// culture, and vi-VN's decimal comma makes the browser reject the attribute ("Expected length, "31,46…"").
/// </summary>
public static class Svg
{
    public static string N(double value) => double.IsFinite(value) ? Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture) : "0";

    public static string N(decimal value) => N((double)value);

    public static string Point(double x, double y) => N(x) + "," + N(y);
}
