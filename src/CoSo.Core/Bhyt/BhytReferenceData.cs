using CoSo.Core.Common;

namespace CoSo.Core.Bhyt;

/// <summary>The BHYT claim reference data of data/bhyt/ (and the ICD-10 and commune lists), read once from a data folder.</summary>
public sealed class BhytReferenceData
{
    private BhytReferenceData(ClaimSpec spec, CodeLists codes, PriceList prices, IcdEditRules icd, HashSet<string> icdCodes, HashSet<string> communes,
        Dictionary<string, Dictionary<string, string>> drugCodes)
    {
        Spec = spec;
        Codes = codes;
        Prices = prices;
        DrugCodes = drugCodes;
        Check = new ClaimCheckContext(spec, codes, icdCodes.Contains, icd, communes.Count == 0 ? null : communes.Contains);
    }

    public ClaimSpec Spec { get; }

    public CodeLists Codes { get; }

    public PriceList Prices { get; }

    /// <summary>drug code → MA_THUOC, DUONG_DUNG, SO_DANG_KY, TT_THAU (data/bhyt/drug-claim-codes.csv, a sample).</summary>
    public IReadOnlyDictionary<string, Dictionary<string, string>> DrugCodes { get; }

    public ClaimCheckContext Check { get; }

    public static BhytReferenceData Load(string dataRoot)
    {
        var codes = CodeLists.Parse(File.ReadAllText(Path.Combine(dataRoot, "bhyt", "code-lists.json")));
        var spec = new ClaimSpec(ClaimSpec.ParseFields(CsvTable.Read(Path.Combine(dataRoot, "bhyt", "xml-fields-qd4750.csv")).Select(r => r.Values)), codes.LengthLayers);
        var prices = PriceList.Parse(CsvTable.Read(Path.Combine(dataRoot, "bhyt", "service-prices.csv")).Select(r => r.Values));
        var icd = IcdEditRules.Parse(CsvTable.Read(Path.Combine(dataRoot, "bhyt", "icd10-edit-rules-qd4469.csv")).Select(r => r.Values));
        var icdCodes = CsvTable.Read(Path.Combine(dataRoot, "icd10", "icd10-vn.csv")).Select(r => r.Values["code"]).ToHashSet(StringComparer.Ordinal);
        var communePath = Path.Combine(dataRoot, "admin", "communes-2025-07.csv");
        var communes = File.Exists(communePath) ? CsvTable.Read(communePath).Select(r => r.Values["commune_code"]).ToHashSet(StringComparer.Ordinal) : [];
        var drugs = CsvTable.Read(Path.Combine(dataRoot, "bhyt", "drug-claim-codes.csv")).ToDictionary(r => r.Values["drug_code"], r => r.Values, StringComparer.Ordinal);
        return new BhytReferenceData(spec, codes, prices, icd, icdCodes, communes, drugs);
    }
}
