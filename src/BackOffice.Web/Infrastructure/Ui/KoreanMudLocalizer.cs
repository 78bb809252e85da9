using System.Collections.Frozen;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace BackOffice.Web.Infrastructure.Ui;

/// <summary>
/// MudBlazor's own texts (pager, data grid, pickers, dialogs) in Korean. MudBlazor asks this localizer first and
/// falls back to its English resource for any key not listed here.
/// </summary>
public sealed class KoreanMudLocalizer : MudLocalizer
{
    private static readonly FrozenDictionary<string, string> Texts = new Dictionary<string, string>
    {
        ["MudAlert_Close"] = "닫기",
        ["MudBaseDatePicker_NextMonth"] = "다음 달",
        ["MudBaseDatePicker_NextYear"] = "다음 해",
        ["MudBaseDatePicker_Open"] = "달력 열기",
        ["MudBaseDatePicker_PrevMonth"] = "이전 달",
        ["MudBaseDatePicker_PrevYear"] = "이전 해",
        ["MudBreadcrumbs_Label"] = "위치",
        ["MudChip_Close"] = "닫기",
        ["MudDataGridPager_AllItems"] = "전체",
        ["MudDataGridPager_FirstPage"] = "첫 페이지",
        ["MudDataGridPager_InfoFormat"] = "{first_item}–{last_item} / 총 {all_items}건",
        ["MudDataGridPager_LastPage"] = "마지막 페이지",
        ["MudDataGridPager_NextPage"] = "다음 페이지",
        ["MudDataGridPager_PreviousPage"] = "이전 페이지",
        ["MudDataGridPager_RowsPerPage"] = "페이지당 행 수:",
        ["MudDataGrid_AddFilter"] = "필터 추가",
        ["MudDataGrid_Apply"] = "적용",
        ["MudDataGrid_Cancel"] = "취소",
        ["MudDataGrid_Clear"] = "지우기",
        ["MudDataGrid_ClearFilter"] = "필터 지우기",
        ["MudDataGrid_CollapseAllGroups"] = "모든 그룹 접기",
        ["MudDataGrid_CollapseGroup"] = "그룹 접기",
        ["MudDataGrid_Column"] = "열",
        ["MudDataGrid_Columns"] = "열",
        ["MudDataGrid_Contains"] = "포함",
        ["MudDataGrid_EndsWith"] = "로 끝남",
        ["MudDataGrid_Equals"] = "같음",
        ["MudDataGrid_ExpandAllGroups"] = "모든 그룹 펼치기",
        ["MudDataGrid_ExpandGroup"] = "그룹 펼치기",
        ["MudDataGrid_False"] = "아니오",
        ["MudDataGrid_Filter"] = "필터",
        ["MudDataGrid_FilterValue"] = "필터 값",
        ["MudDataGrid_Group"] = "그룹",
        ["MudDataGrid_Hide"] = "숨기기",
        ["MudDataGrid_HideAll"] = "모두 숨기기",
        ["MudDataGrid_Is"] = "같음",
        ["MudDataGrid_IsAfter"] = "이후",
        ["MudDataGrid_IsAnyOf"] = "다음 중 하나",
        ["MudDataGrid_IsBefore"] = "이전",
        ["MudDataGrid_IsEmpty"] = "비어 있음",
        ["MudDataGrid_IsNot"] = "같지 않음",
        ["MudDataGrid_IsNotEmpty"] = "비어 있지 않음",
        ["MudDataGrid_IsOnOrAfter"] = "당일 또는 이후",
        ["MudDataGrid_IsOnOrBefore"] = "당일 또는 이전",
        ["MudDataGrid_Loading"] = "불러오는 중…",
        ["MudDataGrid_MoveDown"] = "아래로",
        ["MudDataGrid_MoveUp"] = "위로",
        ["MudDataGrid_NotContains"] = "포함하지 않음",
        ["MudDataGrid_NotEquals"] = "같지 않음",
        ["MudDataGrid_OpenFilters"] = "필터 열기",
        ["MudDataGrid_Operator"] = "연산자",
        ["MudDataGrid_RefreshData"] = "새로 고침",
        ["MudDataGrid_RemoveFilter"] = "필터 제거",
        ["MudDataGrid_ReorderColumn"] = "열 순서 바꾸기",
        ["MudDataGrid_Save"] = "저장",
        ["MudDataGrid_SelectAllRows"] = "모든 행 선택",
        ["MudDataGrid_SelectRow"] = "행 선택",
        ["MudDataGrid_ShowAll"] = "모두 보기",
        ["MudDataGrid_ShowColumnOptions"] = "열 설정",
        ["MudDataGrid_Sort"] = "정렬",
        ["MudDataGrid_StartsWith"] = "로 시작",
        ["MudDataGrid_ToggleGroupExpansion"] = "그룹 펼치기/접기",
        ["MudDataGrid_True"] = "예",
        ["MudDataGrid_Ungroup"] = "그룹 해제",
        ["MudDataGrid_Unsort"] = "정렬 해제",
        ["MudDataGrid_Value"] = "값",
        ["MudDateRangePicker_End"] = "종료일",
        ["MudDateRangePicker_Start"] = "시작일",
        ["MudDialog_Close"] = "닫기",
        ["MudFormComponent_Required"] = "필수 입력 항목입니다.",
        ["MudInput_Clear"] = "지우기",
        ["MudInput_Decrement"] = "줄이기",
        ["MudInput_Increment"] = "늘리기",
        ["MudNavGroup_ToggleExpand"] = "{0} 펼치기/접기",
        ["MudPagination_CurrentPage"] = "현재 페이지 {0}",
        ["MudPagination_FirstPage"] = "첫 페이지",
        ["MudPagination_LastPage"] = "마지막 페이지",
        ["MudPagination_NextPage"] = "다음 페이지",
        ["MudPagination_PageIndex"] = "{0} 페이지",
        ["MudPagination_PreviousPage"] = "이전 페이지",
        ["MudSelect_SelectAll"] = "모두 선택",
        ["MudSnackbar_Close"] = "닫기",
        ["MudTablePager_FirstPage"] = "첫 페이지",
        ["MudTablePager_LastPage"] = "마지막 페이지",
        ["MudTablePager_NextPage"] = "다음 페이지",
        ["MudTablePager_PreviousPage"] = "이전 페이지",
        ["MudTable_Loading"] = "불러오는 중…",
        ["MudTable_SelectAllRows"] = "모든 행 선택",
        ["MudTable_SelectRow"] = "행 선택",
        ["MudTabs_ScrollLeft"] = "왼쪽으로",
        ["MudTabs_ScrollRight"] = "오른쪽으로",
        ["MudTimePicker_Open"] = "시간 선택 열기",
    }.ToFrozenDictionary();

    public override LocalizedString this[string key] =>
        Texts.TryGetValue(key, out var text) ? new LocalizedString(key, text) : new LocalizedString(key, key, resourceNotFound: true);

    /// <summary>The keys this localizer answers (a test checks that MudBlazor still knows each of them).</summary>
    public static IReadOnlyCollection<string> Keys => Texts.Keys;
}
