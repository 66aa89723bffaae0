/// Test articles for the entity map, embedded as literals (no resource bundle needed).
enum EntityArticles {
    /// /work/shared/examples/mariupol.txt, the project's reference article (AP/Guardian report,
    /// 1 May 2022), byte for byte.
    static let mariupol = """
The United Nations was working to get civilians out of the bombed-out ruins of the Ukrainian city of Mariupol on Sunday.
Russia’s high-stakes offensive in coastal southern Ukraine and the country’s eastern industrial heartland has Ukrainian forces fighting village by village and more civilians fleeing airstrikes and artillery shelling as the war draws near their doorsteps.
As many as 100,000 people are believed to still be in blockaded Mariupol, including up to 1,000 civilians who were hunkered down with an estimated 2,000 Ukrainian fighters beneath a sprawling Soviet-era steel plant that is the only part of the city not occupied by the Russians.
Russian forces have embarked on a major military operation to seize significant parts of southern and eastern Ukraine following their failure to capture Kyiv.
Mariupol, a port city on the Sea of Azov, is a major target because of its strategic location near the Crimea Peninsula, which Russia seized from Ukraine in 2014.
Details about the scope of Saturday’s evacuations and the possibility of more to come on Sunday were unclear given the number of parties involved in the negotiations and the volatile situation on the ground.
The Russian defence ministry said a total of 46 people, a group of 25 and another numbering 21, were evacuated from areas near the Azovstal steel plant, the last defence holdout in Mariupol.
A top official with the Azov Regiment, the Ukrainian unit defending the Azovstal steel works, said on Saturday that 20 civilians were evacuated from the steelworks.
In a video posted on the regiment’s Telegram channel, regiment Deputy Commander Sviatoslav Palamar called for the evacuation of wounded Ukrainian fighters as well as civilians.
“We don’t know why they are not taken away and their evacuation to the territory controlled by Ukraine is not being discussed,” he said.
The UN has not confirmed that people were able to leave Mariupol on Saturday.
In his nightly video address late on Saturday, Ukrainian president Volodymyr Zelensky warned that Russia was “gathering additional forces for new attacks against our military in the east of the country”.
He urged Russian troops not to fight in Ukraine, saying even their generals expected that thousands more of them would die.
Getting a full picture of the unfolding battle in eastern Ukraine has been difficult because airstrikes and artillery barrages have made it extremely dangerous for reporters to move around.
Also, both Ukraine and Moscow-backed rebels have introduced tight restrictions on reporting from the combat zone.
But western military analysts have suggested that the offensive in the Donbas region, which includes Mariupol, was going much slower than planned.
So far, Russian troops and the separatists appeared to have made only minor gains in the month since Moscow said it would focus its military strength in the east.
"""
}
