using CoSo.Core.Common;

namespace CoSo.Core.Facilities;

/// <summary>Reads the commune-level technical-service list (columns code, group, name_vi).</summary>
public static class TechnicalServiceList
{
    public static IReadOnlyList<TechnicalService> Read(string path) =>
        CsvTable.Read(path).Select(r => new TechnicalService(r.Values["code"], r.Values["group"], TextFolding.Nfc(r.Values["name_vi"]))).ToList();
}
