namespace CoSo.Core.People;

/// <summary>Relationship to the head of household (quan hệ với chủ hộ).</summary>
public enum HouseholdRelationship
{
    Head = 1,
    Spouse = 2,
    Child = 3,
    Parent = 4,
    Grandchild = 5,
    Grandparent = 6,
    Sibling = 7,
    ChildInLaw = 8,
    OtherRelative = 9,
    Other = 10,
}
