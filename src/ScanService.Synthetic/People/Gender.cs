namespace ScanService.Synthetic.People;

internal enum Gender
{
    Male,
    Female,
}
