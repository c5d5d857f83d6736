using CoSo.Core.Bhyt;
using CoSo.Data.Common;

namespace CoSo.Data.Bhyt;

/// <summary>The claim reference data of data/bhyt/ (field tables, code lists, prices, ICD-10 edit lists), read once.</summary>
public sealed class BhytReferenceProvider
{
    private readonly Lazy<BhytReferenceData> _data = new(() => BhytReferenceData.Load(DataFiles.Root));

    public BhytReferenceData Data => _data.Value;
}
