using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Timeline.Web.Components.Import;

/// <summary>
/// The app bar's import button: opens <see cref="ImportDialog"/>; when the dialog has imported something, the current
/// page is loaded again once the dialog closes (a full load: the dashboard keeps its timeline pages and counts while
/// the filter stays the same, so only a new page reads the grown store). Navigating while the dialog is open would close
/// it before the user has read the results.
/// </summary>
public partial class ImportButton
{
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private async Task OpenAsync()
    {
        var imported = false;
        var parameters = new DialogParameters<ImportDialog> { { d => d.Imported, EventCallback.Factory.Create(this, () => imported = true) } };
        var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseButton = true, CloseOnEscapeKey = true };
        var dialog = await Dialogs.ShowAsync<ImportDialog>("Import articles", parameters, options);
        await dialog.Result;
        if (imported)
            Navigation.NavigateTo(Navigation.Uri, forceLoad: true, replace: true);
    }
}
