import { EnglishNotFound } from '@/site/components/EnglishNotFound'

export default EnglishNotFound
