namespace CoSo.Core.Indicators;

/// <summary>The part of an org unit the roll-up needs: its id and its parent.</summary>
public readonly record struct TreeNode(Guid Id, Guid? ParentId);
