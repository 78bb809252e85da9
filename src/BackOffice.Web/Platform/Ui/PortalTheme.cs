using MudBlazor;

namespace BackOffice.Web.Platform.Ui;

/// <summary>
/// The portal's one MudBlazor theme. Colours are chosen for WCAG 2.2 AA contrast (4.5:1 for text) on white
/// and on the light surfaces the pages use; the Korean font stack keeps Hangul even in screenshots and print.
/// </summary>
public static class PortalTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1e5aa8",
            Secondary = "#5b3fa0",
            Tertiary = "#00695c",
            Info = "#0b61a4",
            Success = "#1b6e2a",
            Warning = "#8a4b00",
            Error = "#b3261e",
            Dark = "#27313c",
            AppbarBackground = "#1e5aa8",
            AppbarText = "#ffffff",
            Background = "#f5f7fa",
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            DrawerText = "#27313c",
            DrawerIcon = "#4a5563",
            TextPrimary = "#1f2933",
            TextSecondary = "#4a5563",
            ActionDefault = "#4a5563",
            LinesDefault = "#d9dfe6",
            TableLines = "#e3e8ee",
            Divider = "#d9dfe6",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Pretendard", "Noto Sans KR", "NanumGothic", "Malgun Gothic", "Apple SD Gothic Neo", "sans-serif"],
            },
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "232px" },
    };
}
