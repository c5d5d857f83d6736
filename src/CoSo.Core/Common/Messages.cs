using System.Globalization;
using System.Resources;

namespace CoSo.Core.Common;

/// <summary>
/// User-visible messages, Vietnamese first (the neutral resources) and English second (Messages.en.resx).
/// </summary>
public static class Messages
{
    private static readonly ResourceManager Resources = new("CoSo.Core.Common.Messages", typeof(Messages).Assembly);

    public static CultureInfo Vietnamese { get; } = CultureInfo.GetCultureInfo("vi-VN");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    public static string Get(string code, CultureInfo? culture = null, params object?[] args)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var template = Resources.GetString(code, culture) ?? code;
        return args.Length == 0 ? template : string.Format(culture, template, args);
    }
}
