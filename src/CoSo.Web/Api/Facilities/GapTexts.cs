using System.Globalization;
using System.Resources;
using CoSo.Web.Resources;

namespace CoSo.Web.Api.Facilities;

/// <summary>Titles and column names of the gap views, in the request's language (Ui.resx / Ui.en.resx).</summary>
public static class GapTexts
{
    private static readonly ResourceManager Resources = new("CoSo.Web.Resources.Ui", typeof(Ui).Assembly);

    public static string Title(string key) => Resources.GetString("Gap_" + key, CultureInfo.CurrentUICulture) ?? key;

    public static string Column(string key) => Resources.GetString("GapCol_" + key, CultureInfo.CurrentUICulture) ?? key;
}
