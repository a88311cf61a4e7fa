using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Timeline.Web.Components.Import;

/// <summary>
/// The app bar's import button: opens <see cref="ImportDialog"/>; when the dialog has imported something, the current
/// page is navigated to itself once the dialog closes, which makes the dashboard read its data again. (Navigating while
/// the dialog is open would close it before the user has read the results.)
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
            Navigation.NavigateTo(Navigation.Uri, replace: true);
    }
}
