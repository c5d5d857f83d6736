namespace CoSo.Core.Chronic;

/// <summary>
/// A protocol's suggestion for one follow-up. It is never applied on its own: the clinician confirms it (or prescribes
/// otherwise). <see cref="SuggestedStep"/> is null when the protocol does not apply (refer); <see cref="Drugs"/> is
/// then empty. <see cref="Alert"/> = a finding that needs action today (hypoglycaemia).
/// </summary>
public sealed record ProtocolAdvice(int CurrentStep, int? SuggestedStep, IReadOnlyList<ProtocolDrug> Drugs, IReadOnlyList<AdviceReason> Reasons, GlycaemicTarget? Target)
{
    public bool Alert => Reasons.Contains(AdviceReason.Hypoglycaemia);
}
