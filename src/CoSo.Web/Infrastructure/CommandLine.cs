namespace CoSo.Web.Infrastructure;

/// <summary>
/// Switches of the web app's command line. ASP.NET's command-line configuration reads "--key value" pairs, so a bare
/// "--demo" would swallow the next argument: it is rewritten to "--CoSo:Demo=true" before the host sees it.
/// </summary>
public static class CommandLine
{
    public const string DemoSwitch = "--demo";

    public static string[] Normalize(string[] args) =>
        args.Select(a => string.Equals(a, DemoSwitch, StringComparison.OrdinalIgnoreCase) ? "--CoSo:Demo=true" : a).ToArray();
}
