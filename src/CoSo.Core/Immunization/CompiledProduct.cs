namespace CoSo.Core.Immunization;

// A product precompiled for the engine: candidate code indices in schedule order with their antigen masks.
internal sealed record CompiledProduct(
    string Code,
    AgeOffset MinimumAge,
    AgeOffset? MaximumAge,
    int[] Candidates,
    ulong[] CandidateMasks,
    bool LiveSpaced);
