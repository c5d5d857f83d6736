namespace CoSo.Data.Demo;

/// <summary>Common Vietnamese name parts and place words for synthetic residents.</summary>
internal static class DemoNames
{
    public static readonly string[] FamilyNames =
    [
        "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
    ];

    public static readonly string[] MaleMiddle = ["Văn", "Văn", "Đức", "Minh", "Hữu", "Quang", "Thanh", "Ngọc", "Xuân", "Công"];

    public static readonly string[] FemaleMiddle = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim", "Hồng", "Phương"];

    public static readonly string[] MaleGiven =
    [
        "An", "Bình", "Dũng", "Hải", "Hùng", "Long", "Nam", "Quân", "Sơn", "Tuấn", "Tâm", "Minh", "Đức", "Thắng", "Hiếu",
        "Khánh", "Phúc", "Trung", "Việt", "Cường",
    ];

    public static readonly string[] FemaleGiven =
    [
        "An", "Chi", "Hà", "Hạnh", "Hoa", "Lan", "Linh", "Mai", "Nga", "Phương", "Thảo", "Trang", "Yến", "Tâm", "Hương",
        "Huyền", "Ngân", "Nhung", "Oanh", "Vân",
    ];

    public static readonly string[] VillageWords = ["Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "Tiền", "Hậu"];

    public static readonly string[] OtherEthnicities = ["06", "06", "03", "03", "02", "07", "08", "09"];

    public static readonly string[] PhonePrefixes = ["03", "05", "07", "08", "09"];
}
