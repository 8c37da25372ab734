## Country
country-header = { $flag } <b>{ $name }</b>: { $year } жылдан бері { $count } материал
country-empty = { $flag } <b>{ $name }</b> бойынша әзірге жарияланған материал жоқ. Алғашқысы шыққанда білу үшін жазылыңыз.
country-home = { $flag } { $name } — өз еліміз: барлық материал соның ынтымақтастығы туралы. /latest жіберіңіз немесе серіктес елді атаңыз: <code>/country ресей</code>.
country-follow = 🔔 Жазылу: { $flag } { $name }
country-unknown = «{ $query }» деген елді білмеймін. Атауын қазақша, орысша не ағылшынша жазыңыз немесе тізімді көру үшін /country жіберіңіз.
country-suggest = «{ $query }» деген елді таппадым. Мыналардың бірін айтқыңыз келген шығар:
country-several = «{ $query }» ішінде бірнеше ел аталған, ал /country оларды бір-бірден көрсетеді. Біреуін таңдаңыз:
country-pick = Материалы бар елдер ({ $count }). Біреуін таңдаңыз:
country-none-yet = Әзірге жарияланған материал жоқ. Алғашқылары шыққанда білу үшін /subscribe жіберіңіз.
country-header-filtered = { $flag } <b>{ $name }</b> · { $filter }: { $count } материал
country-empty-filtered = { $flag } <b>{ $name }</b> · { $filter }: жарияланған материал жоқ. Жылын не түрін алып тастасаңыз, тізім ұзаруы мүмкін.
