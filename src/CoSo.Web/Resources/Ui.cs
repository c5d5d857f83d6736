namespace CoSo.Web.Resources;

/// <summary>Marker for the UI's string resources (Ui.resx in Vietnamese, Ui.en.resx in English).</summary>
public sealed class Ui;
