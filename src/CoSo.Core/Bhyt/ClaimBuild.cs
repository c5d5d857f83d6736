namespace CoSo.Core.Bhyt;

/// <summary>The claim of a visit, or why it is held back (reason codes of Messages: "bhyt.held.*").</summary>
public sealed record ClaimBuild(ClaimDocument? Document, ClaimRecord? CheckIn, ClaimTotals Totals, IReadOnlyList<string> HeldReasons)
{
    public bool Held => Document is null;
}
